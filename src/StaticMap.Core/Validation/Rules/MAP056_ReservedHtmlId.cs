using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;
using StaticMap.Core.Parsing;

namespace StaticMap.Core.Validation.Rules;

/// <summary>
/// The theme's own elements have ids starting with "sm-", and its scripts find them by id (a chart reads its numbers
/// from the element "sm-chart-…-data"). An element written as raw HTML with such an id or name could stand in for
/// one, so the sanitiser renames it (<see cref="MarkdownParser.RenamedId"/>); this tells the author, where it is written.
/// </summary>
public sealed class ReservedHtmlId() : MarkdownRule("MAP056", "HTML id reserved for the site", Severity.Warning,
    help: $"Ids and names starting with '{MarkdownParser.TemplateIdPrefix}' belong to the site's own elements (charts read their numbers from them), so in raw HTML they are renamed ('sm-main' becomes 'section-sm-main') and links to them break; choose an id that does not start with '{MarkdownParser.TemplateIdPrefix}'.")
{
    public static readonly ReservedHtmlId Instance = new();

    /// <summary>The narratives of the plan alone.</summary>
    public override RuleInputs Reads => RuleInputs.None;

    public override void CheckBody(MarkdownBody body, ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var attribute in body.Inventory.RawHtmlAttributes)
        {
            if (attribute.Name is not ("id" or "name") || !MarkdownParser.IsReservedId(attribute.Value)) continue;
            diagnostics.Add(At(MarkdownInspector.SpanOf(body, attribute),
                $"the {attribute.Name} '{attribute.Value}' on <{attribute.Element}> is reserved for the site's own elements (it starts with '{MarkdownParser.TemplateIdPrefix}'), " +
                $"so it becomes '{MarkdownParser.RenamedId(attribute.Value)}' on the page; choose one that does not start with '{MarkdownParser.TemplateIdPrefix}'"));
        }
    }
}
