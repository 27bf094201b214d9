using YamlDotNet.Core;

namespace Tsunagi.Consortium.Features.LawRevisionPackages;

/// <summary>A YAML construct the package format does not take, with where it is in the file.</summary>
internal sealed class YamlJsonException(Mark start, string problem) : Exception(problem)
{
    public long Line { get; } = start.Line;

    public long Column { get; } = start.Column;
}
