"""Check that the Gaussian negative log-likelihood is n/2*log(2*pi*sigma^2) + SSE/(2*sigma^2)."""
import math

import torch

torch.manual_seed(0)
true_w, true_b, sigma = torch.tensor([1.5, -2.0]), 0.8, 0.1
X = torch.randn(1000, 2)
y = X @ true_w + true_b + sigma * torch.randn(1000)  # linear model plus Gaussian noise
X, y = X.double(), y.double()  # float64: the NLL sums 1000 terms
n = len(y)

const = n / 2 * math.log(2 * math.pi * sigma**2)
print(f"n/2 * log(2 pi sigma^2) = {const:.3f}")
for w, b in [([1.5, -2.0], 0.8), ([1.0, -1.0], 0.0)]:  # the true parameters, then wrong ones
    y_hat = X @ torch.tensor(w, dtype=torch.float64) + b
    nll = -torch.distributions.Normal(y_hat, sigma).log_prob(y).sum()  # the framework's density
    sse = ((y - y_hat) ** 2).sum()  # sum of squared errors
    torch.testing.assert_close(nll, const + sse / (2 * sigma**2))
    print(f"w={w}, b={b}: NLL {nll:.3f} = {const:.3f} + {sse / (2 * sigma**2):.3f}")
