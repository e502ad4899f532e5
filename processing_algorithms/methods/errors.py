"""The one error type the methods raise for input they cannot work with.

Its message is written for a planner (what is wrong with the data and what to do), never in numpy's or scipy's
words; the Processing adapters show it as it is, and a notebook user sees the same text. It subclasses ValueError
so that callers that caught ValueError keep working.
"""


class MethodError(ValueError):
    """Input the method cannot work with, explained in words a planner understands."""
