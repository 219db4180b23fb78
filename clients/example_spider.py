#!/usr/bin/python3
"""An example Scrapy spider that feeds quarryd through scrapy_quarry.

Run it on a site's index page (needs Debian's python3-scrapy; quarryd on
its default ingest endpoint, or say where with -s QUARRY_INGEST=...):

    scrapy runspider clients/example_spider.py -a start_url=https://example.com/news/ \\
        -s QUARRY_INGEST=tcp://127.0.0.1:7400

It follows the links of the start page that stay on its host (and match
-a follow=REGEX, when given), and makes one item of every page that has
an <article>: the title (the article's <h1>, else og:title, else
<title>), the publication date (<time datetime>, else
article:published_time; quarryd wants YYYY-MM-DD or RFC 3339), the body
(the text of the article's paragraphs, one blank line between them, each
paragraph exactly as the page has it), the URL and the page's language.
There is no id: the pipeline derives it from the canonical URL, so a
second crawl of the same pages is answered `duplicate`.  tests/scrapy_crawl.py
runs this spider against a local server in `make check`.
"""
import os
import re
import sys
import urllib.parse

import scrapy

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))


class ArticleSpider(scrapy.Spider):
    name = "quarry-example"
    custom_settings = {
        "ITEM_PIPELINES": {"scrapy_quarry.QuarryPipeline": 800},
        "ROBOTSTXT_OBEY": True,
        "REQUEST_FINGERPRINTER_IMPLEMENTATION": "2.7",
    }

    def __init__(self, start_url=None, follow=None, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not start_url:
            raise ValueError("give the index page: -a start_url=URL")
        self.start_urls = [start_url]
        self.host = urllib.parse.urlsplit(start_url).hostname
        self.follow = re.compile(follow) if follow else None

    def parse(self, response):
        if response.xpath("//article"):
            yield self.article(response)
        for href in response.xpath("//a/@href").getall():
            url = response.urljoin(href)
            if urllib.parse.urlsplit(url).hostname != self.host:
                continue
            if self.follow is not None and not self.follow.search(url):
                continue
            yield response.follow(url, callback=self.parse)

    @staticmethod
    def article(response):
        art = response.xpath("(//article)[1]")
        title = (art.xpath("string(.//h1)").get()
                 or response.xpath("//meta[@property='og:title']/@content")
                 .get()
                 or response.xpath("string(//title)").get())
        published = (art.xpath(".//time/@datetime").get()
                     or response.xpath(
                         "//meta[@property='article:published_time']"
                         "/@content").get())
        paragraphs = [p for p in art.xpath(".//p").xpath("string(.)").getall()
                      if p.strip()]
        return {
            "url": response.url,
            "title": (title or "").strip(),
            "published": (published or "").strip(),
            "body": "\n\n".join(paragraphs),
            "lang": response.xpath("/html/@lang").get(),
        }
