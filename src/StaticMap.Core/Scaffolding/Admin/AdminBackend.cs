namespace StaticMap.Core.Scaffolding.Admin;

/// <summary>
/// Where the editor at /admin/ reads and saves: Decap's <c>backend</c>. By default Netlify Identity with Git Gateway
/// (<c>git-gateway</c>, no repository name needed); with STATICMAP_ADMIN_REPO=owner/name, GitHub itself (<c>github</c>),
/// signed in through an OAuth app (STATICMAP_ADMIN_AUTH_URL, the OAuth provider's address, when it is not Netlify's).
/// STATICMAP_ADMIN_BRANCH is the branch pull requests go to (default main). See docs/deploy.md.
/// </summary>
public sealed record AdminBackend(string Name, string? Repo, string Branch, string? AuthUrl)
{
    public static readonly AdminBackend Default = new("git-gateway", null, "main", null);

    public static AdminBackend FromEnvironment()
    {
        static string? Get(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } v ? v.Trim() : null;
        var repo = Get("STATICMAP_ADMIN_REPO");
        var branch = Get("STATICMAP_ADMIN_BRANCH") ?? "main";
        return repo is null ? Default with { Branch = branch } : new AdminBackend("github", repo, branch, Get("STATICMAP_ADMIN_AUTH_URL"));
    }
}
