namespace StaticMap.Core.Rendering.Files;

/// <summary>Marks a file kind whose files have words on them, so each language of a plan writes its own (share cards, chart
/// images), where the other downloads are language-neutral and written once, with the plan's main language.</summary>
public interface IPerLanguageFiles
{
}
