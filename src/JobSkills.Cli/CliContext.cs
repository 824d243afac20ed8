using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using JobSkills.Data;
using JobSkills.Outline;
using JobSkills.Skills;
using Microsoft.Data.Sqlite;

namespace JobSkills.Cli;

/// <summary>What every command shares: the console, the --db option, opening the database and JSON output.</summary>
internal sealed class CliContext(CliConsole console)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,

        // Readable "&" and non-ASCII letters: this JSON goes to files and pipes, never into HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public CliConsole Console { get; } = console;

    public TextWriter Out => Console.Out;

    public Option<string> DatabaseOption { get; } = new("--db")
    {
        Description = $"The SQLite database file (created and migrated when needed; ${JobSkillsDatabase.PathVariable} sets the default)",
        HelpName = "PATH",
        Recursive = true,
        DefaultValueFactory = _ => JobSkillsDatabase.DefaultPath,
    };

    public static Option<string?> DocumentOption() => new("--document")
    {
        Description = "The outline: a document id or a file name (its latest version); default: the most recently imported",
        HelpName = "NAME_OR_ID",
    };

    /// <summary>A count option such as --limit N: a whole number of at least 1, anything else a usage error.</summary>
    public static Option<int> CountOption(string name, string description, int defaultValue)
    {
        var option = new Option<int>(name)
        {
            Description = description,
            HelpName = "N",
            DefaultValueFactory = _ => defaultValue,
        };
        RequireAtLeastOne(option);
        return option;
    }

    /// <summary>Makes a whole number below 1 given to this option a usage error.</summary>
    public static void RequireAtLeastOne<T>(Option<T> option) => option.Validators.Add(result =>
    {
        if (result.Tokens is [var token] && int.TryParse(token.Value, out var value) && value < 1)
        {
            result.AddError($"{option.Name} must be at least 1");
        }
    });

    /// <summary>
    /// Opens the --db database, creating and migrating it when needed, and re-linking it once when its skill vocabulary
    /// came from another release's curated lists (said on stderr: it takes a few seconds).
    /// </summary>
    public async Task<OpenDatabase> OpenAsync(ParseResult parsed, CancellationToken cancellationToken)
    {
        var path = DatabasePath(parsed);
        var factory = new DbContextFactory(path);
        try
        {
            await using (var db = factory.CreateDbContext())
            {
                await JobSkillsDatabase.MigrateAsync(db, cancellationToken);
            }

            if (await new SkillLinker(factory).RelinkIfVocabularyChangedAsync(cancellationToken) is { } relinked)
            {
                await Console.Error.WriteLineAsync(
                    $"{CliApp.Name}: the skill vocabulary changed since {path} was linked (new curated lists or rules): re-linked {relinked.Vocabulary.Terms} terms in {relinked.Elapsed.TotalSeconds:0.0} s");
            }
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: cannot open the database ({CliApp.OneLine(e.Message)})", e);
        }

        return new OpenDatabase(path, factory, new OutlineService(factory));
    }

    /// <summary>The --db path, made absolute; nothing is opened.</summary>
    public string DatabasePath(ParseResult parsed) => Path.GetFullPath(parsed.GetValue(DatabaseOption)!);

    /// <summary>The outline a command works on (see --document), with its whole tree loaded.</summary>
    public async Task<OutlineTree> LoadTreeAsync(ParseResult parsed, Option<string?> documentOption, CancellationToken cancellationToken)
    {
        var database = await OpenAsync(parsed, cancellationToken);
        var document = await database.RequireDocumentAsync(parsed.GetValue(documentOption), cancellationToken);
        return await database.Outlines.LoadTreeAsync(document.Id, cancellationToken);
    }

    /// <summary>
    /// A read-only command with --json: <paramref name="load"/> builds the report, which is then
    /// written as JSON or by <paramref name="writeText"/> for people.
    /// </summary>
    public Command ReportCommand<T>(
        string name,
        string description,
        IEnumerable<Option> options,
        Func<ParseResult, CancellationToken, Task<T>> load,
        Func<TextWriter, T, Task> writeText)
    {
        var json = new Option<bool>("--json") { Description = "Write JSON (camelCase, indented) instead of text" };
        var command = new Command(name, description);
        foreach (var option in options.Append(json))
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parsed, cancellationToken) =>
        {
            var report = await load(parsed, cancellationToken);
            if (parsed.GetValue(json))
            {
                await Out.WriteLineAsync(JsonSerializer.Serialize(report, Json));
            }
            else
            {
                await writeText(Out, report);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}

internal sealed record OpenDatabase(string Path, DbContextFactory Factory, OutlineService Outlines)
{
    public async Task<OutlineDocument> RequireDocumentAsync(string? selector, CancellationToken cancellationToken)
    {
        var document = await Outlines.FindDocumentAsync(selector, cancellationToken);
        if (document is not null)
        {
            return document;
        }

        throw new CliException(string.IsNullOrWhiteSpace(selector)
            ? $"no outline imported yet in {Path} (run `{CliApp.Name} import outline FILE`)"
            : $"no outline document \"{selector}\" in {Path} (give a document id or file name; `{CliApp.Name} stats` lists them)");
    }
}

/// <summary>The document a JSON answer is about.</summary>
internal sealed record DocumentJson(int Id, string Name, int Version, DateTime ImportedAt, long Bytes, int Revision)
{
    public static DocumentJson From(OutlineDocument document) => new(
        document.Id,
        document.Name,
        document.Version,
        DateTime.SpecifyKind(document.ImportedAt, DateTimeKind.Utc),
        document.ByteLength,
        document.Revision);
}
