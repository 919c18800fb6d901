/** The `citat help` text: the command reference, kept in step with README.md. */
export const VERSION = '0.1.0';

export const HELP = `citat ${VERSION} — qualitative interview coding from the command line

Usage:
  citat new <project>
  citat import <project> <file>... [--json]
  citat speakers <project> [--json]
  citat speaker <project> <label> [--name N] [--title T] [--org O] [--interviewer | --no-interviewer] [--label L]
  citat case <project> <name> [--doc <document name>]... [--speaker <label>]... [--set <attribute>=<value>]... [--number]
  citat cases <project> [--json]
  citat codes add <project> <path>          "Principper/Risiko": missing parents are created; "\\/" is a literal slash
  citat codes list <project> [--json]
  citat codes rename <project> <path> <new name>
  citat codes move <project> <path> <new parent path | /> [--position N]
  citat codes color <project> <path> <#RRGGBB>
  citat codes describe <project> <path> [--definition T] [--when-to-use T] [--when-not-to-use T] [--example T]
  citat codes merge <project> <source path> <target path>
  citat codes delete <project> <path> [--yes]
  citat memo <project> (--code <path> | --doc <document name>) [--text T]
  citat groups <project> [--json]      code groups (REFI-QDA Sets), each with its codes
  citat group <project> create <name> [--description <text>] [<code path>...]
  citat group <project> rename <group> <new name>
  citat group <project> describe <group> <text>
  citat group <project> delete <group>
  citat group <project> add|remove <group> <code path>...
  citat code <project> --doc <document name> --code <path>
             (--match <exact text> [--occurrence K] | --start N --end M) [--memo M] [--coder NAME]
                                       --coder: this coding only; the current coder stays
  citat coder <project> [<name>]       prints the current coder, or sets it
  citat codings <project> [--code <path>] [--with-children] [--json]
  citat codings <project> --anchor <coding id> | --unanchor <coding id>
                                       marks (unmarks) a coding as its code's anchor example
  citat curate <project> <coding id> (--text <printed quote> [--note N] | --clear)
  citat search <project> <query> [--json] [--limit N]
  citat matrix <project> [--rows <code path> | --rows-group <group>] [--cols speakers|cases|documents|attribute:<name>]
               [--counts] [--fold] [--citation short|long|located|<template>] [--include-interviewer]
               [--coder NAME]... [--title T] [--lang da|en] [--memos] [--quote-marks none|guillemets|curly]
               [--row-labels indent|numbered|path] [--format json|csv|md|html|docx|xlsx|tex] [--standalone]
               [-o <file>]
  citat tables save <project> <name> [every option of citat matrix] -o <file>   replaces a table of that name
  citat tables list <project> [--json]
  citat tables export <project> [<name>...] [--json]   no names: every saved table
  citat tables show <project> <name> [--json]          what changed since it was last exported
  citat tables delete <project> <name>
  citat codebook export <project> <file.qdc|.csv|.xlsx|.md|.docx> [--flat]   --flat: Taguette's tag,description
  citat codebook export <project> <file.docx|.md|.tex> --guide [--lang da|en] [--citation short|long|located|<template>]
               [--quote-marks none|guillemets|curly] [--title T] [--standalone]
                                       the coding guide: a table per top-level code, anchor examples cited
  citat codebook import <project> <file.qdc|.csv|.xlsx>
  citat exchange import <project> <file.qdpx|Taguette .sqlite3> [--coder NAME] [--json]
  citat exchange export <project> <file.qdpx>
  citat agreement <project> [--coders A,B] [--level character|segment] [--overlap 90] [--units coded|all]
                  [--code <path>]... [--format json|md|csv]
  citat merge <project> <other.citat> [--coder NAME] [--json]
  citat serve <project> [--port N]     the app in your browser, on 127.0.0.1 with an access token
  citat undo <project>      citat redo <project>      citat history <project>
  citat backups list <project> [--json]
  citat backups restore <project> <backup name>   also when the project is damaged, cut short, empty or gone
  citat check <project> [--json]                   the full check; exit 2 with what is damaged

Offsets (--start/--end, "start"/"end" in JSON) count Unicode code points, end exclusive.
Citation templates: {label} {name} {title} {organisation} {document} {case} {lines} {time}
{location} {coder}; {a|b} takes the first non-empty; [ … ] vanishes when a field in it is empty.
Exit codes: 0 ok, 1 usage error, 2 input or data error.
`;
