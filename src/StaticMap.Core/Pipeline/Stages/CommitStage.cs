namespace StaticMap.Core.Pipeline.Stages;

/// <summary>Commit: makes what the render stage wrote the site (<see cref="ISiteTarget.Commit"/>: the swap of the output folder, the preview's new site).</summary>
internal sealed class CommitStage : PipelineStage<RenderOutput, CommitOutput>
{
    public override string Name => StageNames.Commit;

    public override CommitOutput? Run(RenderOutput input, RunContext run)
    {
        try
        {
            run.Target!.Commit(input.Output, input.Theme);
            run.Written = true;
            return new CommitOutput(input);
        }
        catch (Exception ex) when (RenderStage.Failure(ex, run) is { } failure)
        {
            run.Diagnostics.Add(failure);
            return null;
        }
        finally
        {
            (input.Output as IDisposable)?.Dispose();
        }
    }
}
