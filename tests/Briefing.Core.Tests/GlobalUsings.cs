global using Snapshooter.Xunit;
global using Snapshooter;
