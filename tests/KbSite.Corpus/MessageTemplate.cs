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

    /// <summary>A service's display name in quotes; only code families use it (not picked for ordinary messages).</summary>
    Service,

    /// <summary>A database engine error (-1018); only code families use it.</summary>
    EngineError,
}

/// <summary>
/// A value printed as part of the message that is the fact, not an instance detail: the HRESULT, the database engine
/// error, the service name. Siblings differ only in it. In an event's XML it is an insertion string.
/// </summary>
public sealed record CodePart(string Text, SlotKind Kind);

/// <summary>How a template came about, for building pastes that test one kind of sibling.</summary>
public enum TemplateFamily
{
    /// <summary>The only message of its source and id.</summary>
    Alone,

    /// <summary>Siblings with about a third of their words changed.</summary>
    Words,

    /// <summary>Siblings with one or two words changed.</summary>
    NearWords,

    /// <summary>Siblings that differ only in the punctuation around a value.</summary>
    Punctuation,

    /// <summary>Siblings that differ only in a printed code (<see cref="CodePart"/>).</summary>
    Code,

    /// <summary>The sibling of a code family that prints a placeholder where the others print their code.</summary>
    GenericCode,
}

/// <summary>An event message with fixed words and variable slots; rendering fills the slots with values.</summary>
public sealed class MessageTemplate(IReadOnlyList<object> parts)
{
    /// <summary>Each part is a literal string, a <see cref="SlotKind"/> or a <see cref="CodePart"/>.</summary>
    public IReadOnlyList<object> Parts { get; } = parts;

    public TemplateFamily Family { get; init; } = TemplateFamily.Alone;

    public string Render(Random random) => string.Concat(RenderParts(random));

    /// <summary>Each part as rendered: literals as they are, slots filled with fresh values.</summary>
    public IReadOnlyList<string> RenderParts(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return Parts.Select(part => part is SlotKind slot ? Value(slot, random) : Literal(part)).ToList();
    }

    /// <summary>
    /// The insertion strings an event of this message carries in its XML (EventData), in order: one per slot and per
    /// printed code, taken from <paramref name="rendered"/> (a <see cref="RenderParts"/> result).
    /// </summary>
    public IReadOnlyList<string> Inserts(IReadOnlyList<string> rendered)
    {
        ArgumentNullException.ThrowIfNull(rendered);
        return Enumerable.Range(0, Parts.Count).Where(k => Parts[k] is SlotKind or CodePart).Select(k => rendered[k].Trim('\'', '"')).ToList();
    }

    /// <summary>What an event's insertion strings can tell apart: the kinds of its slots and its printed codes, in order.</summary>
    public string InsertShape => string.Join('|', Parts.Where(p => p is SlotKind or CodePart).Select(p => p is CodePart c ? c.Text : p.ToString()));

    private static string Literal(object part) => part is CodePart code ? code.Text : (string)part;

    /// <summary>The message as an old article prints it: each slot written as a placeholder, "&lt;server name&gt;".</summary>
    public string RenderPlaceholders() => string.Concat(Parts.Select(p => p is SlotKind slot ? Placeholder(slot) : Literal(p)));

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
    public string RenderPlaceholders(string marker) => string.Concat(Parts.Select(p => p is SlotKind ? marker : Literal(p)));

    /// <summary>The message with its slots named, "Stop {Server} now.": two templates of one shape are one message.</summary>
    public string Shape => string.Concat(Parts.Select(p => p is SlotKind slot ? "{" + slot + "}" : Literal(p)));

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
                (CodePart mine, CodePart theirs) => visible == rendered[k].Length ? mine == theirs : mine.Text.StartsWith(rendered[k][..visible], StringComparison.Ordinal),
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
            SlotKind.Service => Pick(random, Services) + " " + Pick(random, ServiceNouns),
            SlotKind.EngineError => "-" + random.Next(500, 2000).ToString(i),
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
        SlotKind.Service => "<service name>",
        SlotKind.EngineError => "<error number>",
        _ => throw new ArgumentOutOfRangeException(nameof(slot)),
    };

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];

    private static readonly string[] ServerStems = ["MAIL", "EXCH", "SQL", "WEB", "DC", "FS", "APP", "GW", "HUB", "PRX", "SNA", "SMS"];
    private static readonly string[] Organizations = ["Contoso", "Fabrikam", "Northwind", "Litware", "Adatum", "Woodgrove", "Tailspin", "Wingtip", "Proseware", "Lucerne", "Humongous", "Trey"];
    private static readonly string[] Sites = ["Paris", "London", "Seattle", "Redmond", "Tokyo", "Berlin", "Sydney", "Toronto", "Madrid", "Oslo", "Dublin", "Austin"];
    private static readonly string[] Folders = ["exchsrvr", "mtadata", "mdbdata", "mssql", "data", "winnt", "system32", "inetpub", "wwwroot", "logs", "sms", "temp"];
    private static readonly string[] Extensions = ["dat", "edb", "log", "mdb", "dll", "ini", "tmp"];
    private static readonly string[] Users = ["jsmith", "admin", "svc", "operator", "backup", "webapp", "mlee", "tkhan"];
    private static readonly string[] Services = ["Microsoft Exchange", "Backup", "Message Queuing", "Print", "Remote Access", "Directory", "License", "Indexing", "Cluster", "Proxy"];
    private static readonly string[] ServiceNouns = ["Transport", "Replication", "Agent", "Spooler", "Monitor", "Broker", "Logging", "Relay", "Scheduler", "Helper"];
    private static readonly string[] DiagnosticWords = ["PLATFORM KERNEL", "BASE IL KERNEL", "DB Server KERNEL", "MAIN BASE", "APDU", "XAPI"];
}
