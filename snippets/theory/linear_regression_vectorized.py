"""Time a Python loop over the examples against the vectorized prediction X @ w + b."""
import time

import torch

torch.manual_seed(0)
true_w, true_b, sigma = torch.tensor([1.5, -2.0]), 0.8, 0.1
X = torch.randn(1000, 2)
y = X @ true_w + true_b + sigma * torch.randn(1000)
w, b = torch.tensor([1.0, -1.0]), torch.tensor(0.5)


def predict_loop(X, w, b):
    y_hat = torch.empty(len(X))
    for i in range(len(X)):  # one example at a time
        y_hat[i] = w @ X[i] + b
    return y_hat


def predict_vectorized(X, w, b):
    return X @ w + b  # all examples in one matrix-vector product


def fastest(predict, repeat=5):
    """The shortest of a few runs, in seconds: the one other programs disturbed least."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        predict(X, w, b)
        times.append(time.perf_counter() - start)
    return min(times)


t_loop, t_vec = fastest(predict_loop), fastest(predict_vectorized)
print("same predictions:", torch.allclose(predict_loop(X, w, b), predict_vectorized(X, w, b)))
print("the loop takes over 100 times as long:", t_loop > 100 * t_vec)
