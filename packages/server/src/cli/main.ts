import { Command } from 'commander';
import { registerImportCommands } from './import-commands.ts';
import { registerServerCommands } from './server-commands.ts';
import { registerTierCommands } from './tiers-commands.ts';

const program = new Command('guibin')
  .description('Guibin (贵宾) — VIP customer relationship management for retail banks')
  .showHelpAfterError();

registerImportCommands(program);
registerTierCommands(program);
registerServerCommands(program);

await program.parseAsync(process.argv);
// Exit explicitly with the command's status: an exit hook of the embedded engine's package
// would otherwise end the process with 0 after a failed command. (`start` never gets here.)
process.exit(process.exitCode ?? 0);
