using StaticMap.Core.Model;

namespace StaticMap.Core.Scaffolding.Components;

/// <summary>
/// The Scaffolding part of a component kind (<see cref="ComponentRegistry"/>): the text of its file in a new plan
/// (staticmap new), with a "TODO:" placeholder wherever the coalition must write, and the smallest structured part that
/// passes every error rule. StaticMap's own are in Scaffolding/Components/ and found by reflection.
/// </summary>
public interface IComponentScaffold : IComponentPart
{
    string Text(NewPlan plan);
}
