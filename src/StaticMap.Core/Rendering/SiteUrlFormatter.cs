namespace StaticMap.Core.Rendering;

/// <summary>Turns the site's root-relative URLs into hrefs under the base path, and absolute URLs for canonical links.</summary>
public sealed class SiteUrlFormatter
{
    public SiteUrlFormatter(string? baseUrl)
    {
        // Only http(s): the CLI refuses anything else (javascript:, data:, file:), and a library caller gets no base URL.
        if (!string.IsNullOrWhiteSpace(baseUrl) && Uri.TryCreate(baseUrl.Trim(), UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Length > 0)
        {
            var text = uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
            BaseUrl = text;
            BasePath = uri.AbsolutePath.TrimEnd('/');
        }
        else
        {
            BaseUrl = null;
            BasePath = "";
        }
    }

    /// <summary>The absolute base URL without a trailing slash, e.g. "https://maps.example.org"; null when not given.</summary>
    public string? BaseUrl { get; }

    /// <summary>The path part of the base URL without a trailing slash: "" or "/maps".</summary>
    public string BasePath { get; }

    /// <summary>"/alameda-county/" → "/maps/alameda-county/".</summary>
    public string Href(string siteUrl) => BasePath + siteUrl;

    /// <summary>"/alameda-county/" → "https://maps.example.org/alameda-county/", or null without --base-url.</summary>
    public string? Absolute(string siteUrl) => BaseUrl is null ? null : BaseUrl + siteUrl;
}
