using Microsoft.AspNetCore.Identity;

namespace KbSite.Accounts;

/// <summary>A person who signs in to edit or administer the knowledge base. Readers need no account.</summary>
public sealed class KbUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>A disabled account cannot sign in; it is kept so that revisions and the audit log still name it.</summary>
    public bool IsDisabled { get; set; }

    public DateTime CreatedUtc { get; set; }
}
