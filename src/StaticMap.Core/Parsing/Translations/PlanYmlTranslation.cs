using System.Collections.Immutable;
using StaticMap.Core.Diagnostics.Codes;
using StaticMap.Core.Model;
using StaticMap.Core.Reading.Yaml;

namespace StaticMap.Core.Parsing.Translations;

/// <summary>Binds plan.&lt;lang&gt;.yml: the title, summary, jurisdiction's name, contact's name and coalition roles of
/// plan.yml in another language. Anything else is MAP054; a coalition of another length than plan.yml's is MAP049.</summary>
public static class PlanYmlTranslation
{
    public static readonly IReadOnlyList<string> Fields = ["title", "summary", "jurisdiction", "contact", "coalition"];

    /// <param name="file">The file as messages name it, e.g. "plan.es.yml".</param>
    public static PlanMetadata Parse(YamlFields f, PlanMetadata original, string file, string language)
    {
        foreach (var entry in f.Yaml.Entries.Where(e => !Fields.Contains(e.Key.Value)))
            f.Diagnostics.Add(TranslationNotAllowed.Instance.CreateKey(entry.Key.Span, file, entry.Key.Value,
                PlanFileParser.KnownFields.Contains(entry.Key.Value)));
        var title = f.String("title", false, "the plan's title in this language") ?? original.Title;
        var summary = f.String("summary", false, "the plan's summary in this language") ?? original.Summary;
        var jurisdiction = original.Jurisdiction;
        if (f.Mapping("jurisdiction", false, "the jurisdiction's name in this language", "'jurisdiction:' then '  name: Condado de Alameda'") is { } j)
        {
            foreach (var entry in j.Yaml.Entries.Where(e => e.Key.Value != "name"))
                f.Diagnostics.Add(TranslationNotAllowed.Instance.CreateNameOnlyKey(entry.Key.Span, file, "jurisdiction", entry.Key.Value));
            if (j.String("name", false, "the jurisdiction's name in this language") is { } name) jurisdiction = jurisdiction with { Name = name };
        }
        var contact = original.Contact;
        if (f.Mapping("contact", false, "the contact's name in this language", "'contact:' then '  name: Equipo del plan'") is { } c)
        {
            foreach (var entry in c.Yaml.Entries.Where(e => e.Key.Value != "name"))
                f.Diagnostics.Add(TranslationNotAllowed.Instance.CreateNameOnlyKey(entry.Key.Span, file, "contact", entry.Key.Value));
            if (c.String("name", false, "the contact's name in this language") is { } name)
            {
                if (contact is null) f.Diagnostics.Add(TranslationFieldDiffers.Instance.CreateAbsent(c.KeySpan("name"), "contact.name", "plan.yml"));
                else contact = contact with { Name = name };
            }
        }
        var coalition = original.Coalition;
        if (f.Node("coalition") is YamlSequence sequence && sequence.Items.Length != original.Coalition.Length)
        {
            f.Diagnostics.Add(TranslationListLength.Instance.Create(sequence.Span, "coalition", sequence.Items.Length, original.Coalition.Length, "plan.yml"));
        }
        else if (f.Has("coalition"))
        {
            var members = f.ListOfMappings("coalition", false, "the members' roles, in plan.yml's order", "'- role: Convener'");
            var builder = coalition.ToBuilder();
            for (var i = 0; i < members.Length && i < builder.Count; i++)
            {
                var m = members[i];
                foreach (var entry in m.Yaml.Entries.Where(e => e.Key.Value != "role"))
                    f.Diagnostics.Add(TranslationNotAllowed.Instance.CreateCoalitionKey(entry.Key.Span, file, m.Where, entry.Key.Value));
                if (m.String("role", false, "the member's role in this language") is { } role) builder[i] = builder[i] with { Role = role };
            }
            coalition = builder.ToImmutable();
        }
        return original with
        {
            Title = title, Summary = summary, Jurisdiction = jurisdiction, Contact = contact, Coalition = coalition, Language = language, Translations = [],
        };
    }
}
