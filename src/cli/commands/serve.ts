import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import { SqliteStore } from '../../store/sqlite-store.js';
import { dbPath, out } from '../output.js';
import { DB_OPTION } from '../database.js';

function parsePort(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) > 65535) throw new UsageError(`--port must be a whole number from 0 to 65535, not "${value}"`);
  return Number(value);
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('start the explorer: a web app and a JSON API (/api) over the database')
    .option(...DB_OPTION)
    .option('--port <n>', 'port to listen on (0: any free port)', '8417')
    .option('--host <host>', 'address to bind; another than 127.0.0.1 needs a token', '127.0.0.1')
    .option('--token <token>', 'every request must carry it (default: $DOSSIER_TOKEN)')
    .option('--allow-curation', 'allow merge, split, rename and reject through the API')
    .action(async (opts: { db?: string; port: string; host: string; token?: string; allowCuration?: boolean }) => {
      const port = parsePort(opts.port);
      const token = opts.token ?? (process.env.DOSSIER_TOKEN || undefined);
      if (token !== undefined && !/^[\x21-\x7e]{8,200}$/.test(token)) {
        throw new UsageError('the token must be 8 to 200 visible ASCII characters', 'choose a longer token without spaces');
      }
      // The HTTP stack (Fastify and its plugins) loads only for this command, not at every CLI start.
      const { buildApp, checkBinding } = await import('../../http/app.js');
      checkBinding(opts.host, token);
      // Read-only unless curation is on: a server that cannot write cannot damage the database.
      const store = new SqliteStore(dbPath(opts.db), { mustExist: true, readonly: !opts.allowCuration });
      const app = await buildApp({ store, token, allowCuration: opts.allowCuration === true });
      const close = async () => {
        await app.close();
        store.close();
        process.exit(0);
      };
      process.once('SIGINT', close);
      process.once('SIGTERM', close);
      try {
        await app.listen({ port, host: opts.host });
      } catch (e) {
        store.close();
        throw new UsageError(`cannot listen on ${opts.host}:${port} (${(e as Error).message})`, 'choose another --port or --host');
      }
      const addr = app.server.address();
      const actualPort = typeof addr === 'object' && addr ? addr.port : port;
      const shown = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
      out(`Dossier explorer: http://${shown}:${actualPort}/${token ? `?token=${encodeURIComponent(token)}` : ''}`);
      out(`  database ${store.path}${opts.allowCuration ? ' (curation allowed)' : ' (read-only)'}; API at /api, description at /api/openapi.json; Ctrl-C stops`);
    });
}
