namespace JobSkills.Postings;

public class Company
{
    public int Id { get; set; }
    public required string Name { get; set; }

    /// <summary>Lower-case name without legal suffixes ("Apple Inc." and "apple" are one company).</summary>
    public required string NormalizedName { get; set; }
}

/// <summary>A normalised job title; postings with the same role group under it.</summary>
public class Role
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public required string NormalizedTitle { get; set; }
}
