namespace KbSite.Corpus;

/// <summary>
/// Word material for generated articles: real technical words plus pronounceable made-up words, so that the corpus has
/// a long tail of rare terms as well as very common ones (a Zipf-like spread, as in real articles).
/// </summary>
internal static class Vocabulary
{
    public static readonly string[] Common =
    [
        "server", "service", "error", "message", "mail", "database", "connection", "network", "client", "user",
        "account", "log", "queue", "file", "folder", "backup", "restore", "replication", "directory", "site",
        "connector", "transport", "session", "memory", "disk", "driver", "registry", "setup", "upgrade", "password",
        "logon", "domain", "controller", "protocol", "address", "timeout", "performance", "slow", "hang", "crash",
        "stop", "start", "fail", "fails", "failed", "delay", "retry", "cache", "index", "store", "table", "query",
        "request", "response", "packet", "socket", "port", "route", "name", "resolution", "schedule", "job",
    ];

    private static readonly string[] Onsets = ["b", "br", "c", "cl", "d", "dr", "f", "fl", "g", "gr", "h", "k", "kl", "l", "m", "n", "p", "pl", "qu", "r", "s", "st", "t", "tr", "v", "w", "z"];
    private static readonly string[] Nuclei = ["a", "e", "i", "o", "u", "ai", "ea", "ou", "y"];
    private static readonly string[] Codas = ["", "n", "r", "l", "x", "t", "s", "m", "nd", "rk", "st", "v"];

    /// <summary>A made-up word that is the same for the same index, and different for different ones.</summary>
    public static string Rare(int index)
    {
        var syllables = new List<string>();
        var n = index + 1;
        do
        {
            var s = n % (Onsets.Length * Nuclei.Length);
            syllables.Add(Onsets[s % Onsets.Length] + Nuclei[s / Onsets.Length]);
            n /= Onsets.Length * Nuclei.Length;
        }
        while (n > 0);

        return string.Concat(syllables) + Codas[index % Codas.Length];
    }
}
