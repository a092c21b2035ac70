using System.Globalization;

namespace KbSite.Corpus;

/// <summary>The kinds of variable part an event message can hold.</summary>
public enum SlotKind
{
    Server,
    Organization,
    Site,
    Number,
    Hex,
    Path,
    IpAddress,
    User,
    GuidValue,
    DistinguishedName,
    DiagnosticCode,
}

/// <summary>An event message with fixed words and variable slots; rendering fills the slots with values.</summary>
public sealed class MessageTemplate(IReadOnlyList<object> parts)
{
    /// <summary>Each part is a literal string or a <see cref="SlotKind"/>.</summary>
    public IReadOnlyList<object> Parts { get; } = parts;

    public string Render(Random random) => string.Concat(RenderParts(random));

    /// <summary>Each part as rendered: literals as they are, slots filled with fresh values.</summary>
    public IReadOnlyList<string> RenderParts(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return Parts.Select(part => part is SlotKind slot ? Value(slot, random) : (string)part).ToList();
    }

    /// <summary>The message as an old article prints it: each slot written as a placeholder, "&lt;server name&gt;".</summary>
    public string RenderPlaceholders() => string.Concat(Parts.Select(p => p is SlotKind slot ? Placeholder(slot) : (string)p));

    /// <summary>The message with fresh values, a name or number among them written in double quotes, as many messages print names.</summary>
    public string RenderQuoted(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var parts = RenderParts(random).ToList();
        var slots = Enumerable.Range(0, Parts.Count).Where(k => Parts[k] is SlotKind.Server or SlotKind.Site or SlotKind.Organization or SlotKind.Number).ToList();
        if (slots.Count > 0)
        {
            var k = slots[random.Next(slots.Count)];
            parts[k] = "\"" + parts[k] + "\"";
        }

        return string.Concat(parts);
    }

    /// <summary>The message with every slot written as one marker, the way hand-kept articles blank values out ("xxx", "...").</summary>
    public string RenderPlaceholders(string marker) => string.Concat(Parts.Select(p => p is SlotKind ? marker : (string)p));

    /// <summary>The message with its slots named, "Stop {Server} now.": two templates of one shape are one message.</summary>
    public string Shape => string.Concat(Parts.Select(p => p is SlotKind slot ? "{" + slot + "}" : (string)p));

    /// <summary>
    /// Whether a message of this template could begin with the first <paramref name="length"/> characters of
    /// <paramref name="rendered"/>, a rendering of <paramref name="other"/>: the parts before the cut are the same, and
    /// the part the cut falls in begins the same way (a slot of the same kind, whatever its value).
    /// </summary>
    public bool Fits(MessageTemplate other, IReadOnlyList<string> rendered, int length)
    {
        ArgumentNullException.ThrowIfNull(other);
        ArgumentNullException.ThrowIfNull(rendered);
        if (other.Parts.Count != Parts.Count)
        {
            return ReferenceEquals(other, this);
        }

        var offset = 0;
        for (var k = 0; k < Parts.Count && offset < length; k++)
        {
            var visible = Math.Min(rendered[k].Length, length - offset);
            var fits = (Parts[k], other.Parts[k]) switch
            {
                (SlotKind mine, SlotKind theirs) => mine == theirs,
                (string mine, string) => visible == rendered[k].Length
                    ? mine == rendered[k]
                    : mine.StartsWith(rendered[k][..visible], StringComparison.Ordinal),
                _ => false,
            };
            if (!fits)
            {
                return false;
            }

            offset += rendered[k].Length;
        }

        return true;
    }

    /// <summary>The fixed words alone, in order.</summary>
    public IEnumerable<string> LiteralWords =>
        Parts.OfType<string>().SelectMany(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A fresh value of a slot, like the ones a real server would log.</summary>
    public static string Value(SlotKind slot, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var i = CultureInfo.InvariantCulture;
        return slot switch
        {
            SlotKind.Server => Pick(random, ServerStems) + random.Next(1, 40).ToString(i),
            SlotKind.Organization => Pick(random, Organizations),
            SlotKind.Site => Pick(random, Sites),
            SlotKind.Number => random.Next(0, 5000).ToString(i),
            SlotKind.Hex => "0x" + random.Next(0x1000, int.MaxValue).ToString("X8", i),
            SlotKind.Path => $@"{(char)('C' + random.Next(0, 4))}:\{Pick(random, Folders)}\{Pick(random, Folders)}\{Vocabulary.Rare(random.Next(0, 500))}.{Pick(random, Extensions)}",
            SlotKind.IpAddress => $"{random.Next(10, 200)}.{random.Next(0, 255)}.{random.Next(0, 255)}.{random.Next(1, 254)}",
            SlotKind.User => $@"{Pick(random, Organizations).ToUpperInvariant()}\{Pick(random, Users)}{random.Next(1, 99).ToString(i)}",
            SlotKind.GuidValue => new Guid(random.Next(), (short)random.Next(short.MaxValue), (short)random.Next(short.MaxValue), (byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256)).ToString("B", i).ToUpperInvariant(),
            SlotKind.DistinguishedName => $"/O={Pick(random, Organizations)}/OU={Pick(random, Sites)}/CN=Configuration/CN=Servers/CN={Pick(random, ServerStems)}{random.Next(1, 40).ToString(i)}/CN=Microsoft MTA",
            SlotKind.DiagnosticCode => $"[{random.Next(1, 30).ToString(i)} {random.Next(1, 40).ToString(i)} {Pick(random, DiagnosticWords)} {random.Next(1, 200).ToString(i)}] ({random.Next(10, 16).ToString(i)})",
            _ => throw new ArgumentOutOfRangeException(nameof(slot)),
        };
    }

    private static string Placeholder(SlotKind slot) => slot switch
    {
        SlotKind.Server => "<server name>",
        SlotKind.Organization => "<organization>",
        SlotKind.Site => "<site>",
        SlotKind.Number => "<number>",
        SlotKind.Hex => "<error code>",
        SlotKind.Path => "<path>",
        SlotKind.IpAddress => "<IP address>",
        SlotKind.User => @"<domain\user>",
        SlotKind.GuidValue => "<GUID>",
        SlotKind.DistinguishedName => "<distinguished name>",
        SlotKind.DiagnosticCode => "%1",
        _ => throw new ArgumentOutOfRangeException(nameof(slot)),
    };

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];

    private static readonly string[] ServerStems = ["MAIL", "EXCH", "SQL", "WEB", "DC", "FS", "APP", "GW", "HUB", "PRX", "SNA", "SMS"];
    private static readonly string[] Organizations = ["Contoso", "Fabrikam", "Northwind", "Litware", "Adatum", "Woodgrove", "Tailspin", "Wingtip", "Proseware", "Lucerne", "Humongous", "Trey"];
    private static readonly string[] Sites = ["Paris", "London", "Seattle", "Redmond", "Tokyo", "Berlin", "Sydney", "Toronto", "Madrid", "Oslo", "Dublin", "Austin"];
    private static readonly string[] Folders = ["exchsrvr", "mtadata", "mdbdata", "mssql", "data", "winnt", "system32", "inetpub", "wwwroot", "logs", "sms", "temp"];
    private static readonly string[] Extensions = ["dat", "edb", "log", "mdb", "dll", "ini", "tmp"];
    private static readonly string[] Users = ["jsmith", "admin", "svc", "operator", "backup", "webapp", "mlee", "tkhan"];
    private static readonly string[] DiagnosticWords = ["PLATFORM KERNEL", "BASE IL KERNEL", "DB Server KERNEL", "MAIN BASE", "APDU", "XAPI"];
}
