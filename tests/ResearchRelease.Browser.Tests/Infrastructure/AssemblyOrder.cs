[assembly: Xunit.TestCollectionOrderer("ResearchRelease.Web.Tests.Infrastructure.LongestFirst", "ResearchRelease.Browser.Tests")]
