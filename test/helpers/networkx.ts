// Reads a GraphML or GEXF file back with NetworkX (python3-networkx), as a user's script would.

import { spawnSync } from 'node:child_process';

let available: boolean | undefined;

export function networkxAvailable(): boolean {
  available ??= spawnSync('python3', ['-c', 'import networkx'], { encoding: 'utf8' }).status === 0;
  return available;
}

export interface NxGraph {
  directed: boolean;
  multigraph: boolean;
  nodes: Array<[string, Record<string, unknown>]>;
  edges: Array<[string, string, Record<string, unknown>]>;
}

const SCRIPT = `
import json, sys
import networkx as nx
path, fmt = sys.argv[1], sys.argv[2]
g = nx.read_graphml(path) if fmt == 'graphml' else nx.read_gexf(path)
print(json.dumps({
  'directed': g.is_directed(),
  'multigraph': g.is_multigraph(),
  'nodes': [[n, d] for n, d in g.nodes(data=True)],
  'edges': [[u, v, d] for u, v, d in g.edges(data=True)],
}))
`;

export function readWithNetworkx(path: string, format: 'graphml' | 'gexf'): NxGraph {
  const r = spawnSync('python3', ['-c', SCRIPT, path, format], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`networkx could not read ${path}: ${r.stderr}`);
  return JSON.parse(r.stdout) as NxGraph;
}
