"""Export exercises for learning management systems: QTI 1.2 packages and Moodle XML.

``questions`` turns exercises into format-neutral quiz questions (pure); ``qti`` and
``moodle`` write those questions in each format; ``export`` selects and writes safely.
"""
