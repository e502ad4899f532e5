"""The one error type the methods raise for input they cannot work with, and the notes they return.

Its message is written for a planner (what is wrong with the data and what to do), never in numpy's or scipy's
words; a notebook user sees it as it is, in English. It subclasses ValueError so that callers that caught ValueError
keep working.

A message with values is given as a template with named placeholders and the values apart:
``MethodError("zone {zone} has no region", zone=label)``. str() is the English text; the Processing adapters
translate the template (processing_algorithms/method_messages.py lists every template for Qt's translation) and
fill in the values, numbers written as the user's language writes them. ``MethodNote`` is the same for the notes a
method returns (a str, so that code that joins or prints notes keeps working).
"""


def english(value):
    """A value as an English message shows it: whole numbers as they are, other numbers with up to 6 digits."""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else f"{value:g}"
    return str(value)


def fill(template, values):
    """The template with its named placeholders filled in, in English."""
    if not values:
        return template
    return template.format(**{name: english(value) for name, value in values.items()})


def _rebuild(cls, template, values):
    return cls(template, **values)


class MethodError(ValueError):
    """Input the method cannot work with, explained in words a planner understands."""

    def __init__(self, message, **values):
        self.template = message
        self.values = values
        super().__init__(fill(message, values))

    def __reduce__(self):  # across a worker process, the template and values travel too
        if type(self).__init__ is not MethodError.__init__:  # a subclass with arguments of its own
            return super().__reduce__()
        return _rebuild, (type(self), self.template, self.values)


class MethodNote(str):
    """A method's note for the user: English text that keeps its template and values for translation."""

    def __new__(cls, template, **values):
        note = super().__new__(cls, fill(template, values))
        note.template = template
        note.values = values
        return note

    def __reduce__(self):
        return _rebuild, (type(self), self.template, self.values)
