// GEXF 1.3 (gexf.net), Gephi's own format: attribute declarations, then <nodes>, then <edges>,
// streamed. Edge weight is the number of sources. Like GraphML, a tie with no object is skipped,
// and all edges are directed (a GEXF reader refuses mixed edge types in a directed graph).

import type { ExportSource } from '../../store/store.js';
import { emptyCounts, type ExportCounts } from './counts.js';
import { EDGE_ATTRS, NODE_ATTRS, edgeValues, nodeKey, drawableEdges, nodeValues, type AttrType } from './graph-attrs.js';
import type { Sink } from './sink.js';
import { xmlText } from './xml.js';

const GEXF_TYPE: Record<AttrType, string> = { string: 'string', int: 'integer', boolean: 'boolean' };

function attvalues(values: Record<string, string | number | boolean>, skip: string): string {
  const items = Object.entries(values).filter(([k]) => k !== skip).map(([k, v]) => `<attvalue for="${k}" value="${xmlText(String(v))}"/>`);
  return `<attvalues>${items.join('')}</attvalues>`;
}

export async function writeGexf(src: ExportSource, out: Sink): Promise<ExportCounts> {
  const n = emptyCounts();
  await out.write('<?xml version="1.0" encoding="UTF-8"?>\n');
  await out.write('<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    + 'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n');
  await out.write('  <meta><creator>Dossier</creator><description>actors, ties and their sources</description></meta>\n');
  await out.write('  <graph defaultedgetype="directed" mode="static">\n');
  // "label" is GEXF's own node attribute; the rest are declared.
  await out.write('    <attributes class="node">\n');
  for (const a of NODE_ATTRS.filter((x) => x.name !== 'label')) await out.write(`      <attribute id="${a.name}" title="${a.name}" type="${GEXF_TYPE[a.type]}"/>\n`);
  await out.write('    </attributes>\n    <attributes class="edge">\n');
  for (const a of EDGE_ATTRS) await out.write(`      <attribute id="${a.name}" title="${a.name}" type="${GEXF_TYPE[a.type]}"/>\n`);
  await out.write('    </attributes>\n    <nodes>\n');
  for (const node of src.nodes()) {
    n.actors++;
    const v = nodeValues(node);
    await out.write(`      <node id="${nodeKey(node.id)}" label="${xmlText(node.name)}">${attvalues(v, 'label')}</node>\n`);
  }
  await out.write('    </nodes>\n    <edges>\n');
  for (const e of drawableEdges(src, n)) {
    const v = edgeValues(e);
    await out.write(`      <edge id="${xmlText(e.key)}" source="${nodeKey(e.subject.id)}" target="${nodeKey(e.object.id)}" label="${xmlText(e.type)}" weight="${e.evidence.length}">${attvalues(v, '')}</edge>\n`);
  }
  await out.write('    </edges>\n  </graph>\n</gexf>\n');
  return n;
}
