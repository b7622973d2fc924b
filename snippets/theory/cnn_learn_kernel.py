"""Recover a known edge-detection kernel from input/output pairs by gradient descent."""
import torch
from torch import nn

K_true = torch.tensor([[1.0, 0.0, -1.0],
                       [2.0, 0.0, -2.0],
                       [1.0, 0.0, -1.0]])  # left minus right: responds to vertical edges

square = torch.zeros(1, 1, 8, 8)
square[..., 2:6, 2:6] = 1.0  # a bright 4x4 square on a dark background
print(nn.functional.conv2d(square, K_true.reshape(1, 1, 3, 3))[0, 0])

# training pairs: random images and what K_true makes of them
torch.manual_seed(0)
X = torch.randn(16, 1, 10, 10)
Y = nn.functional.conv2d(X, K_true.reshape(1, 1, 3, 3))

conv = nn.Conv2d(1, 1, kernel_size=3, bias=False)  # starts from a random kernel
optimizer = torch.optim.SGD(conv.parameters(), lr=0.2)
for step in range(1, 21):
    loss = ((conv(X) - Y) ** 2).mean()
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    if step % 5 == 0:
        print(f"step {step}, loss {loss.item():.2e}")
K_learned = conv.weight.detach().reshape(3, 3)
print(K_learned.round(decimals=3) + 0.0)  # (1)!
print(f"largest error: {(K_learned - K_true).abs().max():.1e}")
