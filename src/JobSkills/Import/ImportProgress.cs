namespace JobSkills.Import;

/// <summary>How far a long import has come: a stage (or the file being read), items done and the total.</summary>
public sealed record ImportProgress(string Stage, int Done, int Total);
