using System.Text;
using KbSite.Accounts;
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
          dotnet run --project src/KbSite -- create-admin <email>   create an administrator; asks for the password
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
            case "create-admin" when _verbArgs.Length == 1:
                return await CreateAdminAsync(services, _verbArgs[0]);
            default:
                await Console.Error.WriteLineAsync(Usage);
                return 2;
        }
    }

    private static async Task<int> CreateAdminAsync(IServiceProvider services, string email)
    {
        await services.GetRequiredService<StoreInitializer>().MigrateAsync();
        var password = ReadSecret($"Password for {email}: ");
        if (password != ReadSecret("Again: "))
        {
            await Console.Error.WriteLineAsync("The two passwords differ; nothing was created.");
            return 1;
        }

        await using var scope = services.CreateAsyncScope();
        var errors = await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAsync(email, "Administrator", password, KbRoles.Admin, by: "command line");
        foreach (var error in errors)
        {
            await Console.Error.WriteLineAsync(error);
        }

        Console.WriteLine(errors.Count == 0 ? $"Created administrator {email}." : "Nothing was created.");
        return errors.Count == 0 ? 0 : 1;
    }

    /// <summary>A line from the console without echo, or a plain line when input is redirected (scripts).</summary>
    private static string ReadSecret(string prompt)
    {
        Console.Write(prompt);
        if (Console.IsInputRedirected)
        {
            return Console.ReadLine() ?? "";
        }

        var secret = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace && secret.Length > 0)
            {
                secret.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                secret.Append(key.KeyChar);
            }
        }

        Console.WriteLine();
        return secret.ToString();
    }

    private static async Task<int> ImportAsync(IServiceProvider services, string folder)
    {
        var fullPath = Path.GetFullPath(folder);
        await services.GetRequiredService<StoreInitializer>().MigrateAsync();
        // The running site owns the search index (one writer per index): this process writes the store only, and the
        // site picks the changes up from the store (see SearchIndexCatchUp).
        var importer = new ContentImporter(services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<KbSite.Store.KbDbContext>>(), TimeProvider.System, []);
        var report = await importer.ImportFolderAsync(fullPath, by: "command line");
        foreach (var problem in report.Problems)
        {
            await Console.Error.WriteLineAsync($"refused {problem}");
        }

        Console.WriteLine($"Imported {fullPath}: {report}.");
        return report.Problems.Count == 0 ? 0 : 1;
    }
}
