using System.Diagnostics;

namespace KbSite.Startup;

/// <summary>Runs the built site (KbSite.dll, next to the tests) as a child process, so that a crash shows as an exit code, not a dead test run.</summary>
internal static class SiteProcess
{
    public sealed record Outcome(int ExitCode, string Output, string Error);

    /// <summary>`dotnet KbSite.dll` with these arguments, its output redirected.</summary>
    public static ProcessStartInfo StartInfo(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var arg in args.Prepend(Path.Combine(AppContext.BaseDirectory, "KbSite.dll")))
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        return start;
    }

    public static async Task<Outcome> RunAsync(TimeSpan timeout, params string[] args)
    {
        using var process = Process.Start(StartInfo(args))!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet KbSite.dll {string.Join(' ', args)} did not finish within {timeout}.");
        }

        return new Outcome(process.ExitCode, await output, await error);
    }
}
