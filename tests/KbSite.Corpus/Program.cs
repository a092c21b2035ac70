using System.Globalization;
using KbSite.Content;
using KbSite.Corpus;

// dotnet run --project tests/KbSite.Corpus -- <classic|markdown> <count> <folder> [seed]
if (args.Length is < 3 or > 4 || args[0] is not ("classic" or "markdown"))
{
    Console.Error.WriteLine("usage: KbSite.Corpus <classic|markdown> <count> <folder> [seed]");
    return 2;
}

var count = int.Parse(args[1], CultureInfo.InvariantCulture);
var seed = args.Length == 4 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 1;
Directory.CreateDirectory(args[2]);
foreach (var generated in new CorpusGenerator(seed, count).Generate())
{
    var a = generated.Article;
    var (name, text) = args[0] == "classic"
        ? (a.Number + ".TXT", ClassicKbWriter.Write(a))
        : (a.Number + ".md", ArticleMarkdownWriter.Write(a));
    File.WriteAllText(Path.Combine(args[2], name), text);
}

Console.WriteLine($"Wrote {count} {args[0]} articles to {args[2]} (seed {seed}).");
return 0;
