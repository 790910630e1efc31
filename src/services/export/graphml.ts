// GraphML (graphml.graphdrawing.org), for Gephi, yEd, NetworkX, igraph: keys first, then every
// node, then every edge, written as they stream. A tie with no object (a pledge to no one named)
// cannot be an edge and is counted as skipped. Symmetric ties stay directed edges (one graph,
// one edge default) with symmetric=true.

import type { ExportSource } from '../../store/store.js';
import { emptyCounts, type ExportCounts } from './counts.js';
import { EDGE_ATTRS, NODE_ATTRS, edgeValues, nodeKey, drawableEdges, nodeValues, type AttrType } from './graph-attrs.js';
import type { Sink } from './sink.js';
import { xmlText } from './xml.js';

const GRAPHML_TYPE: Record<AttrType, string> = { string: 'string', int: 'int', boolean: 'boolean' };

function data(prefix: string, values: Record<string, string | number | boolean>): string {
  return Object.entries(values).map(([k, v]) => `<data key="${prefix}_${k}">${xmlText(String(v))}</data>`).join('');
}

export async function writeGraphml(src: ExportSource, out: Sink): Promise<ExportCounts> {
  const n = emptyCounts();
  await out.write('<?xml version="1.0" encoding="UTF-8"?>\n');
  await out.write('<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    + 'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n');
  for (const a of NODE_ATTRS) await out.write(`  <key id="n_${a.name}" for="node" attr.name="${a.name}" attr.type="${GRAPHML_TYPE[a.type]}"/>\n`);
  for (const a of EDGE_ATTRS) await out.write(`  <key id="e_${a.name}" for="edge" attr.name="${a.name}" attr.type="${GRAPHML_TYPE[a.type]}"/>\n`);
  await out.write('  <graph id="dossier" edgedefault="directed">\n');
  for (const node of src.nodes()) {
    n.actors++;
    await out.write(`    <node id="${nodeKey(node.id)}">${data('n', nodeValues(node))}</node>\n`);
  }
  for (const e of drawableEdges(src, n)) {
    await out.write(`    <edge id="${xmlText(e.key)}" source="${nodeKey(e.subject.id)}" target="${nodeKey(e.object.id)}">${data('e', edgeValues(e))}</edge>\n`);
  }
  await out.write('  </graph>\n</graphml>\n');
  return n;
}
