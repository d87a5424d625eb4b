using System.Collections.Immutable;
using System.Text.RegularExpressions;
using StaticMap.Core.Localization;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;
using StaticMap.Core.Diagnostics.Codes;

namespace StaticMap.Core.Parsing;

/// <summary>Binds plan.yml to <see cref="PlanMetadata"/>.</summary>
public static partial class PlanFileParser
{
    public static readonly IReadOnlyList<string> KnownFields =
        ["title", "jurisdiction", "status", "released", "summary", "coalition", "peers", "language", "translations", "contact", "example"];

    public static readonly IReadOnlyList<string> JurisdictionFields = ["name", "type", "state", "fips"];
    public static readonly IReadOnlyList<string> CoalitionFields = ["name", "sector", "role"];
    public static readonly IReadOnlyList<string> ContactFields = ["name", "email", "url"];

    [GeneratedRegex(@"^[^@\s<>""]+@[^@\s<>""]+\.[a-zA-Z]{2,}$")]
    private static partial Regex Email();

    [GeneratedRegex("^[0-9]+$")]
    private static partial Regex Digits();

    public static PlanMetadata Parse(YamlFields f)
    {
        f.WarnUnknown(KnownFields, "plan.yml");
        var title = f.String("title", true, "the plan's title, e.g. \"Alameda County Mobility Action Plan\"") ?? "";
        var jurisdiction = ParseJurisdiction(f);
        var status = f.Enum("status", Vocabularies.Status, true, "draft or released") ?? PlanStatus.Draft;
        var released = f.Date("released", false, "the public release date");
        if (status == PlanStatus.Released && !f.Has("released"))
            f.Diagnostics.Add(ReleasedWithoutDate.Instance.Create(f.ValueSpan("status")));
        var summary = f.String("summary", true, "one plain-language paragraph about the plan") ?? "";
        var coalition = f.ListOfMappings("coalition", true,
            "the coalition members, each with a name and a sector", "'- name: City of Oakland' then 'sector: government'")
            .Select(ParseCoalitionMember).ToImmutableArray();
        var peers = f.ListOfStrings("peers", false, "a FIPS code", "[\"42003\", \"27123\"]");
        foreach (var peer in peers)
        {
            if (!IsFips(peer.Value, out _))
                f.Diagnostics.Add(InvalidFips.Instance.Create(peer.Span, f.PathOf("peers"), peer.Value, peer.Value.Length == 7 ? "city" : "county"));
        }
        var language = f.String("language", false, "a BCP 47 language tag") ?? "en";
        if (!LanguageTags.IsValid(language))
        {
            f.Diagnostics.Add(InvalidLanguage.Instance.Create(f.ValueSpan("language"), language));
            language = "en";
        }
        var translations = ParseTranslations(f, language);
        var contact = f.Mapping("contact", false, "contact details") is { } c ? ParseContact(c) : null;
        var isExample = f.Bool("example") ?? false;
        return new PlanMetadata(title, jurisdiction, status, released, summary, coalition, peers, language, contact,
            isExample, f.Span, f.ValueSpan("status")) { Translations = translations };
    }

    /// <summary>plan.yml's 'translations': BCP 47 tags of other languages than <paramref name="language"/>, each once (MAP046).</summary>
    private static ImmutableArray<Located<string>> ParseTranslations(YamlFields f, string language)
    {
        var written = f.ListOfStrings("translations", false, "a BCP 47 language tag", "[es]");
        var kept = ImmutableArray.CreateBuilder<Located<string>>();
        for (var i = 0; i < written.Length; i++)
        {
            var tag = written[i];
            var where = $"{f.PathOf("translations")}[{i + 1}]";
            if (!LanguageTags.IsValid(tag.Value))
                f.Diagnostics.Add(InvalidTranslationLanguage.Instance.Create(tag.Span, where, tag.Value));
            else if (LanguageTags.Same(tag.Value, language))
                f.Diagnostics.Add(InvalidTranslationLanguage.Instance.CreateMainLanguage(tag.Span, where, tag.Value));
            else if (kept.Any(k => LanguageTags.Same(k.Value, tag.Value)))
                f.Diagnostics.Add(InvalidTranslationLanguage.Instance.CreateRepeated(tag.Span, where, tag.Value));
            else
                kept.Add(tag);
        }
        return kept.ToImmutable();
    }

    private static Jurisdiction ParseJurisdiction(YamlFields plan)
    {
        var f = plan.Mapping("jurisdiction", true, "the jurisdiction: name, type, state and fips", "'jurisdiction:' with 'name:', 'type:', 'state:' and 'fips:' indented below it");
        if (f is null) return new Jurisdiction("", JurisdictionType.County, "", "", plan.Span);
        f.WarnUnknown(JurisdictionFields, "jurisdiction");
        var name = f.String("name", true, "the jurisdiction's name, e.g. \"Alameda County\"") ?? "";
        var type = f.Enum("type", Vocabularies.JurisdictionType, true, "county or city") ?? JurisdictionType.County;
        var state = f.String("state", true, "the two-letter USPS state code, e.g. CA") ?? "";
        if (state.Length > 0 && !UsStates.IsUspsCode(state))
        {
            f.Diagnostics.Add(InvalidStateCode.Instance.Create(f.ValueSpan("state"), state));
            state = "";
        }
        var fips = f.String("fips", true, type == JurisdictionType.City
            ? "the 7-digit place FIPS code in quotes, e.g. \"0644000\""
            : "the 5-digit county FIPS code in quotes, e.g. \"06001\"") ?? "";
        var expectedLength = type == JurisdictionType.City ? 7 : 5;
        if (fips.Length > 0)
        {
            if (!Digits().IsMatch(fips) || fips.Length != expectedLength)
            {
                f.Diagnostics.Add(InvalidFips.Instance.Create(f.ValueSpan("fips"), f.PathOf("fips"), fips, type == JurisdictionType.City ? "city" : "county"));
                fips = "";
            }
            else if (state.Length > 0 && UsStates.FipsOf(state) != fips[..2])
            {
                var usps = UsStates.UspsOfFips(fips[..2]);
                f.Diagnostics.Add(usps is null
                    ? InvalidFips.Instance.Create(f.ValueSpan("fips"), f.PathOf("fips"), fips, type == JurisdictionType.City ? "city" : "county")
                    : InvalidStateCode.Instance.CreateMismatch(f.ValueSpan("fips"), state, fips, usps));
            }
        }
        return new Jurisdiction(name, type, state, fips, f.ValueSpan("fips"));
    }

    private static CoalitionMember ParseCoalitionMember(YamlFields f)
    {
        f.WarnUnknown(CoalitionFields, "a coalition member");
        var name = f.String("name", true, "the member's name") ?? "";
        var sector = f.Enum("sector", Vocabularies.Sector, true, "the member's sector") ?? Sector.Community;
        var role = f.String("role", false, "the member's role");
        return new CoalitionMember(name, sector, role);
    }

    private static Contact ParseContact(YamlFields f)
    {
        f.WarnUnknown(ContactFields, "contact");
        var name = f.String("name", false, "a contact name");
        var written = f.String("email", false, "an email address");
        // "mailto:team@example.org" is what a link to the address looks like; the page adds mailto: itself.
        var email = written is not null && written.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
            ? written["mailto:".Length..].Trim()
            : written;
        if (email is not null && !Email().IsMatch(email))
        {
            f.Diagnostics.Add(InvalidContact.Instance.CreateEmail(f.ValueSpan("email"), f.PathOf("email"), written!));
            email = null;
        }
        var url = f.String("url", false, "a web address");
        if (url is not null && ForbiddenInWebAddress(url) is { } forbidden)
        {
            f.Diagnostics.Add(InvalidContact.Instance.CreateUrlCharacter(f.ValueSpan("url"), f.PathOf("url"), url, forbidden));
            url = null;
        }
        else if (url is not null && !IsWebAddress(url))
        {
            f.Diagnostics.Add(InvalidContact.Instance.CreateUrl(f.ValueSpan("url"), f.PathOf("url"), url));
            url = null;
        }
        return new Contact(name, email, url);
    }

    /// <summary>
    /// Only absolute http and https addresses reach a page: no javascript:, data: or relative tricks, and none of the
    /// characters a web address cannot hold as written (spaces, line breaks, quotes, angle brackets, backslashes).
    /// </summary>
    public static bool IsWebAddress(string url) =>
        ForbiddenInWebAddress(url) is null
        && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && !string.IsNullOrEmpty(uri.Host);

    /// <summary>The first character of <paramref name="url"/> that a web address cannot contain as written, if any.</summary>
    public static char? ForbiddenInWebAddress(string url)
    {
        foreach (var c in url)
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c is '"' or '\'' or '<' or '>' or '`' or '\\' or '{' or '}' or '|' or '^')
                return c;
        return null;
    }

    /// <summary>A county (5 digits) or place (7 digits) FIPS code whose first two digits are a state.</summary>
    public static bool IsFips(string value, out JurisdictionType type)
    {
        type = value.Length == 7 ? JurisdictionType.City : JurisdictionType.County;
        return (value.Length == 5 || value.Length == 7) && Digits().IsMatch(value) && UsStates.UspsOfFips(value[..2]) is not null;
    }
}
