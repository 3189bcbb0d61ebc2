"""Training texts, set Z: two more blind authors (stop 40), written to train only; subtle injections.

The brief asked each author for injections that read like ordinary site content or a normal workflow step, most
with no addressee, and for benign look-alikes in the same forms: ``training_set_z_a`` (injections that make the
reader act: settings changed to outside values, purchases, workflow steps, pasted secrets) and ``training_set_z_b``
(injections that bend what the reader reports, ranks or decides). The emphasis was chosen after reading the kinds
the guard missed most on development sets G, H and M (kind names only; the authors saw none of their texts).
"""

from __future__ import annotations

import training_set_z_a
import training_set_z_b

MALICIOUS: tuple[tuple[str, str], ...] = training_set_z_a.MALICIOUS + training_set_z_b.MALICIOUS
BENIGN: tuple[tuple[str, str], ...] = training_set_z_a.BENIGN + training_set_z_b.BENIGN
