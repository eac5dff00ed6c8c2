namespace ResearchRelease.Workflow.Definitions;

/// <summary>One or more definition files are invalid; the app must not start on them.</summary>
public sealed class ProcessDefinitionException : Exception
{
    public ProcessDefinitionException(IReadOnlyList<string> errors)
        : base("Invalid process definitions:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "  - " + e)))
    {
        Errors = errors;
    }

    public ProcessDefinitionException()
        : this([]) { }

    public ProcessDefinitionException(string message)
        : base(message)
    {
        Errors = [message];
    }

    public ProcessDefinitionException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [message];
    }

    public IReadOnlyList<string> Errors { get; }
}
