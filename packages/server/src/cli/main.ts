import { Command } from 'commander';
import { registerImportCommands } from './import-commands.ts';
import { registerServerCommands } from './server-commands.ts';

const program = new Command('guibin')
  .description('Guibin (贵宾) — VIP customer relationship management for retail banks')
  .showHelpAfterError();

registerImportCommands(program);
registerServerCommands(program);
const { registerTierCommands } = await import('./tiers-commands.ts').catch(() => ({ registerTierCommands: undefined }));
registerTierCommands?.(program);

await program.parseAsync(process.argv);
