using System.ComponentModel.DataAnnotations;

namespace KbSite.Hosting;

/// <summary>The "Kb" configuration section. Relative paths are resolved against the content root (the web project folder).</summary>
public sealed class KbOptions
{
    public const string Section = "Kb";

    /// <summary>Where the SQLite file and the search index live (env Kb__DataDir).</summary>
    [Required(AllowEmptyStrings = false)]
    public string DataDir { get; set; } = "";

    /// <summary>The folder of articles imported into an empty store at startup (env Kb__ContentDir).</summary>
    [Required(AllowEmptyStrings = false)]
    public string ContentDir { get; set; } = "";

    public string DatabasePath => Path.Combine(DataDir, "kb.db");
}
