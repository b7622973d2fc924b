"""Glorot normal is a truncated normal: no draw beyond 2 sigma, and the draws' std is sqrt(2/(n_in+n_out))."""
import math

import numpy as np
from tensorflow.keras import initializers

n_in, n_out = 1000, 500
w = initializers.GlorotNormal(seed=0)(shape=(n_in, n_out)).numpy()  # half a million draws

target = np.sqrt(2 / (n_in + n_out))  # the std Glorot asks for
sigma = target / 0.87962566103423978  # (1)!
print(f"sample std   {w.std():.5f}   formula sqrt(2/(n_in+n_out)) {target:.5f}")
print(f"max |w|      {np.abs(w).max():.5f}   2 * sigma                    {2 * sigma:.5f}")
assert np.abs(w).max() <= 2 * sigma  # nothing beyond the cut
np.testing.assert_allclose(w.std(), target, rtol=0.01)

# where 0.8796... comes from
pdf_2 = math.exp(-2) / math.sqrt(2 * math.pi)  # density of N(0, 1) at 2
mass = math.erf(2 / math.sqrt(2))  # P(|z| <= 2)
print(f"std of N(0,1) cut at +-2: {math.sqrt(1 - 2 * 2 * pdf_2 / mass):.8f}")
