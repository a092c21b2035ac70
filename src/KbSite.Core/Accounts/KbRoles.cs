namespace KbSite.Accounts;

/// <summary>The roles of the site: Admins manage users and settings and everything else; Editors manage content.</summary>
public static class KbRoles
{
    public const string Admin = "Admin";
    public const string Editor = "Editor";

    /// <summary>Role list for [Authorize(Roles = ...)]: who may edit content.</summary>
    public const string ContentEditors = Admin + "," + Editor;

    public static IReadOnlyList<string> All { get; } = [Admin, Editor];
}
