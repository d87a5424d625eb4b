using StaticMap.Core.Model;
using StaticMap.Core.Pipeline;
using StaticMap.Core.Rendering;

namespace StaticMap.Tests.Support;

/// <summary>StaticMap's own registry (<see cref="StaticMapBuilder.Default"/>), built once for the tests that look into it.</summary>
public static class TestRegistry
{
    public static readonly StaticMapRegistry Default = StaticMapBuilder.Default().Build();

    public static ComponentRegistry Components => Default.Components;
}
