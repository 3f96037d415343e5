// `customs-extract schema [NAME]`: prints the JSON Schema of a record (default: document),
// or with --list the record names.
import { EXIT_OK, EXIT_USAGE, type CliIo } from './shared.js';
import { RECORD_NAMES, isRecordName, recordJsonSchemaText } from '../format/json-schema.js';
import { watchStdout } from './closed-stdout.js';
import { newCommand, runCommand } from './program.js';

export async function run(args: string[], io: CliIo): Promise<number> {
  let exitCode = EXIT_OK;
  watchStdout(io); // a closed stdout is success
  const program = newCommand('customs-extract schema', io)
    .description('Print the JSON Schema of an output record.')
    .argument('[name]', `record: ${RECORD_NAMES.join(', ')}`, 'document')
    .option('-l, --list', 'list the record names')
    .addHelpText('after', '\nExamples:\n  $ customs-extract schema > document.schema.json\n  $ customs-extract schema metric\n  $ customs-extract schema --list\n')
    .action((name: string, options: { list?: boolean }) => {
      if (options.list) {
        io.stdout.write(`${RECORD_NAMES.join('\n')}\n`);
        return;
      }
      if (!isRecordName(name)) {
        io.stderr.write(`customs-extract: schema: no record "${name}"; one of ${RECORD_NAMES.join(', ')}\n`);
        exitCode = EXIT_USAGE;
        return;
      }
      io.stdout.write(recordJsonSchemaText(name));
    });
  return runCommand(program, args, () => exitCode, EXIT_OK, EXIT_USAGE);
}
