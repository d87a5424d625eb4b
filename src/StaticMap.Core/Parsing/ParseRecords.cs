using StaticMap.Core.Reading.Yaml;

namespace StaticMap.Core.Parsing;

/// <summary>
/// What a build with the build cache knows of texts earlier builds parsed (docs/architecture.md, "The build cache"): the facts
/// of narratives (<see cref="IMarkdownRecord"/>) and the trees of YAML texts (<see cref="IYamlRecord"/>), each asked before its
/// parser runs. Null, or a null part, to parse everything (<c>--no-cache</c>, <c>check</c>, the preview).
/// </summary>
/// <param name="Files">How earlier builds split each file, under its stamp (<see cref="ITextFileRecord"/>): a file it knows is not read.</param>
public sealed record ParseRecords(IMarkdownRecord? Markdown, IYamlRecord? Yaml, ITextFileRecord? Files = null);
