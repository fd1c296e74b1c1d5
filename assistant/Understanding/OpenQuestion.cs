namespace KarmayogiBot.Assistant.Understanding;

/// <summary>A question the circulars leave open: what they do not specify, and the nearest thing they do say.</summary>
public sealed record OpenQuestion(string Id, string What, string WhatHi, string Nearest, string NearestHi);
