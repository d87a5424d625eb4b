using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;

namespace StaticMap.Core.Validation;

/// <summary>
/// What the rules that look across plans (<see cref="ISiteRule"/>) read of one plan: small, so they run over a thousand
/// plans in well under a millisecond, and compared by value, so the validate stage knows when one of them changed.
/// </summary>
/// <param name="Id">The plan's folder name, its URL segment.</param>
/// <param name="Folder">Repository-relative folder ("plans/alameda-county").</param>
/// <param name="Languages">plan.yml's language and each of its translations, where plan.yml names them (MAP085).</param>
/// <param name="Editions">The languages of the plan's translations as parsed (the site's /es/ and the like).</param>
/// <param name="PublishedFiles">Repository-relative paths of the assets and data files published as they are.</param>
public sealed record PlanSummary(
    string Id,
    string Folder,
    IReadOnlyList<Located<string>> Languages,
    IReadOnlyList<string> Editions,
    IReadOnlyList<string> PublishedFiles)
{
    public static PlanSummary Of(Plan plan) => new(
        plan.Id,
        plan.Folder,
        plan.Metadata.Translations.Prepend(new Located<string>(plan.Metadata.Language, plan.Metadata.Span)).ToList(),
        plan.Translations.Select(t => t.Language).ToList(),
        plan.Assets.Concat(plan.DataFiles).Select(f => $"{plan.Folder}/{f}").ToList());

    public bool Equals(PlanSummary? other) =>
        other is not null && Id == other.Id && Folder == other.Folder && Languages.SequenceEqual(other.Languages)
        && Editions.SequenceEqual(other.Editions) && PublishedFiles.SequenceEqual(other.PublishedFiles);

    public override int GetHashCode() => HashCode.Combine(Id, Languages.Count, PublishedFiles.Count);
}
