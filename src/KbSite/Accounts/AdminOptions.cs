namespace KbSite.Accounts;

/// <summary>
/// The first administrator (Kb:Admin:Email and Kb:Admin:Password, env Kb__Admin__Email / Kb__Admin__Password). No
/// default ships: without them, create one with `dotnet run --project src/KbSite -- create-admin &lt;email&gt;`.
/// </summary>
public sealed class AdminOptions
{
    public const string Section = "Kb:Admin";

    /// <summary>Every account's password is at least this long (length over composition rules, as NIST advises).</summary>
    public const int MinPasswordLength = 10;

    public string? Email { get; set; }

    public string? Password { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Email) && !string.IsNullOrWhiteSpace(Password);
}
