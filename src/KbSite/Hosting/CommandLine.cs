using KbSite.Content;
using KbSite.Store;

namespace KbSite.Hosting;

/// <summary>
/// The site's command-line verbs (`dotnet run --project src/KbSite -- import &lt;folder&gt;`). Arguments that are not a
/// verb (such as --urls) go to the host as usual.
/// </summary>
public sealed class CommandLine
{
    private const string Usage = """
        Usage:
          dotnet run --project src/KbSite                       run the site
          dotnet run --project src/KbSite -- import <folder>    import .md and .txt articles into the store, updating by id
        """;

    private readonly string? _verb;
    private readonly string[] _verbArgs;

    private CommandLine(string? verb, string[] verbArgs, string[] hostArgs)
    {
        _verb = verb;
        _verbArgs = verbArgs;
        HostArgs = hostArgs;
    }

    /// <summary>The arguments meant for the web host.</summary>
    public string[] HostArgs { get; }

    public bool IsCommand => _verb is not null;

    public static CommandLine Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || args[0].StartsWith('-') || args[0].Contains('=', StringComparison.Ordinal))
        {
            return new CommandLine(null, [], args);
        }

        // Verb arguments run up to the first option; options after them still configure the host.
        var optionsAt = Array.FindIndex(args, 1, a => a.StartsWith("--", StringComparison.Ordinal));
        var end = optionsAt < 0 ? args.Length : optionsAt;
        return new CommandLine(args[0], args[1..end], args[end..]);
    }

    public async Task<int> RunAsync(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        switch (_verb)
        {
            case "import" when _verbArgs.Length == 1:
                return await ImportAsync(services, _verbArgs[0]);
            default:
                await Console.Error.WriteLineAsync(Usage);
                return 2;
        }
    }

    private static async Task<int> ImportAsync(IServiceProvider services, string folder)
    {
        var fullPath = Path.GetFullPath(folder);
        await services.GetRequiredService<StoreInitializer>().MigrateAsync();
        var report = await services.GetRequiredService<ContentImporter>().ImportFolderAsync(fullPath);
        foreach (var problem in report.Problems)
        {
            await Console.Error.WriteLineAsync($"refused {problem}");
        }

        Console.WriteLine($"Imported {fullPath}: {report}.");
        return report.Problems.Count == 0 ? 0 : 1;
    }
}
