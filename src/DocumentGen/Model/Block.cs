namespace Reconsideration.DocumentGen.Model;

/// <summary>A block of an official document, laid out top to bottom on the page grid.</summary>
public abstract record Block;
