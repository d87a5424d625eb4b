using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Diagnostics.Codes;

public sealed class TheoryOfChangeMissing : Rule
{
    public static readonly TheoryOfChangeMissing Instance = new();
    public override string Code => "MAP024";
    public override string Title => "Neither theory of change nor logic model";
    public override string Stage => "parse";
    public override string Help => "The theory-of-change component needs 'theory_of_change' (preconditions, outcomes, assumptions), 'logic_model', or both.";

    public Diagnostic Create(SourceSpan at) =>
        At(at, "the theory-of-change component needs 'theory_of_change' (preconditions, outcomes, assumptions) or 'logic_model' (inputs, activities, outputs, outcomes), or both");
}
