namespace KbSite.Gaps;

/// <summary>Runs the recorder's background writer, and prunes old gaps and answers at start and then daily. Never stops the process.</summary>
internal sealed partial class GapRecording(GapRecorder recorder, ArticleFeedbackLog feedback, GapSettings settings, TimeProvider clock, ILogger<GapRecording> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var writing = recorder.RunAsync(stoppingToken);
        using var timer = new PeriodicTimer(TimeSpan.FromDays(1));
        do
        {
            try
            {
                var before = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddDays(-settings.RetentionDays));
                var pruned = await recorder.PruneAsync(stoppingToken) + await feedback.PruneAsync(before, stoppingToken);
                if (pruned > 0)
                {
                    LogPruned(pruned);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogPruneFailed(e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
        await writing;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Pruned {Count} gaps past their retention")]
    private partial void LogPruned(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pruning gaps failed; trying again tomorrow")]
    private partial void LogPruneFailed(Exception error);
}
