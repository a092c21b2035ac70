namespace KbSite.Corpus;

/// <summary>A product of the generated world: its versions, platform and event sources.</summary>
internal sealed record ProductSpec(string Name, string Prefix, string[] Versions, string Platform, string[] Sources);

/// <summary>The fixed catalogue the generator draws from: 1990s server products and their event sources.</summary>
internal static class Catalog
{
    public static readonly ProductSpec[] Products =
    [
        new("Microsoft Exchange", "XCON", ["4.0", "5.0", "5.5"], "winnt", ["MSExchangeMTA", "MSExchangeIS", "MSExchangeDS", "MSExchangeSA", "MSExchangeIMC"]),
        new("Microsoft SQL Server", "INF", ["6.0", "6.5", "7.0"], "winnt", ["MSSQLServer", "SQLExecutive", "MSDTC"]),
        new("Microsoft Internet Information Server", "IIS", ["2.0", "3.0", "4.0"], "winnt", ["W3SVC", "MSFTPSVC", "IISADMIN"]),
        new("Microsoft Windows NT Server", "NT4", ["3.51", "4.0"], "winnt", ["Srv", "NETLOGON", "Service Control Manager", "DhcpServer", "Wins", "Browser", "Disk"]),
        new("Microsoft SNA Server", "SNA", ["2.11", "3.0", "4.0"], "winnt", ["SnaBase", "SnaServr", "SnaDlc"]),
        new("Microsoft Proxy Server", "PRX", ["1.0", "2.0"], "winnt", ["WinSock Proxy", "Web Proxy", "Proxy Alert"]),
        new("Microsoft Systems Management Server", "SMS", ["1.2", "2.0"], "winnt", ["SMS_EXECUTIVE", "SMS_SITE_CONFIG_MANAGER", "SMS_INVENTORY_PROCESSOR"]),
        new("Microsoft Site Server", "SITE", ["2.0", "3.0"], "winnt", ["Content Deployment", "Site Server Search", "Membership"]),
        new("Microsoft Transaction Server", "MTS", ["1.0", "2.0"], "winnt", ["Transaction Server", "MSDTC"]),
        new("Microsoft Message Queue Server", "MSMQ", ["1.0"], "winnt", ["MSMQ"]),
        new("Microsoft Cluster Server", "MSCS", ["1.0"], "winnt", ["ClusSvc", "ClusDisk"]),
        new("Microsoft Windows NT Workstation", "NTW", ["3.51", "4.0"], "winnt", ["Rdr", "Service Control Manager", "EventLog", "Print"]),
    ];

    public static readonly string[] StatusLines =
    [
        "Microsoft has confirmed this to be a problem in {product} version {version}.",
        "This behavior is by design.",
        "This is an informational article.",
    ];

    public static readonly string[] Levels = ["Error", "Warning", "Information"];
}
