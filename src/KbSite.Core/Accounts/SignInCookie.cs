namespace KbSite.Accounts;

/// <summary>The cookie that carries an editor's or administrator's sign-in; readers never have one.</summary>
public static class SignInCookie
{
    public const string Name = "kbsite.auth";
}
