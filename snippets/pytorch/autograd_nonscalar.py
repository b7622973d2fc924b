"""backward on a non-scalar tensor needs a gradient argument."""
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x ** 2  # a vector, not a scalar
try:
    y.backward()
except RuntimeError as e:
    print(type(e).__name__, str(e))

y.backward(gradient=torch.ones_like(y))  # (1)!
print(x.grad)
